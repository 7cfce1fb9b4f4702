# syntax=docker/dockerfile:1
# Portico's production image: the ui module's Spring Boot jar (a plain `./mvnw package` builds it
# in Vaadin's production mode, with the precompiled frontend bundle). Built by `docker compose up -d --build` (see docker-compose.yml, docs/production.md).
# The image alone starts the embedded default (ARCHITECTURE.md §2); docker-compose.yml switches
# every concern to production through environment variables.

FROM eclipse-temurin:25-jdk-noble AS build
WORKDIR /src
COPY . .
# The Maven repository is a build cache, so a rebuild does not download every dependency again.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -DskipTests package -pl ui -am \
    && cp ui/target/portico-ui-*.jar /portico.jar

# JDK 25 for its ahead-of-time cache (JEP 483/514/515, decision 033); the code targets Java 21.
FROM eclipse-temurin:25-jre-noble
RUN groupadd --system --gid 10001 portico \
    && useradd --system --uid 10001 --gid portico --home-dir /app --shell /usr/sbin/nologin portico \
    && mkdir -p /app /data \
    && chown portico:portico /app /data
WORKDIR /app
COPY --from=build --chown=portico:portico /portico.jar /tmp/portico.jar
# Heap limit (docs/production.md, "Memory"): 384 MB holds the application and well over a hundred
# signed-in sessions; the JVM needs ~250 MB more outside the heap (classes, code, threads, GC), so
# give the container at least 768 MB. Exit on OutOfMemoryError so the restart policy brings a
# clean process back. The serial collector is what the JVM picks itself in a container under
# 1.8 GB (docker-compose.yml gives 768 MB); named here so the AOT training run below, which runs
# without that limit, uses the same one. Override the whole line with JAVA_TOOL_OPTIONS.
ENV JAVA_TOOL_OPTIONS="-Xmx384m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"
USER portico
# Start-up (decision 033): the jar extracted (classes load from plain jars, not from jars nested in
# a jar) and an AOT cache of the classes loaded and linked while the application context starts,
# written by a training run on the embedded default: the context starts once, then the JVM exits
# (spring.context.exit=onRefresh) and writes /app/portico.aot. The cache is only valid for this
# JVM and these jars; a JVM that cannot use it says so and starts without it.
RUN java -Djarmode=tools -jar /tmp/portico.jar extract --destination /app \
    && PORTICO_DATA_DIR=/tmp/training java -XX:AOTCacheOutput=/app/portico.aot \
       -Dspring.context.exit=onRefresh -jar /app/portico.jar \
    && rm -rf /tmp/portico.jar /tmp/training /tmp/embedded-pg
# Uploaded files and any other local state; in production the database and the engine are
# separate services, so this folder holds no database.
ENV PORTICO_DATA_DIR=/data
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:AOTCache=/app/portico.aot", "-jar", "/app/portico.jar"]
