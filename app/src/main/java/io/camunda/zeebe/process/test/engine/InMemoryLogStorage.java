package io.camunda.zeebe.process.test.engine;

import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import io.camunda.zeebe.util.buffer.BufferWriter;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Portico's copy of zeebe-process-test-engine 8.8.21's in-memory log storage, the same behaviour
 * with thread-safe collections (decision 021). The original keeps entries in an {@code ArrayList}
 * that one actor appends to while the stream processor reads it: the reader can see the new size
 * before the entry, reads {@code null} and the engine's stream processor stops for good. This class
 * comes first on the class path (Portico's classes precede its libraries) and replaces it for the
 * embedded engine. Remove it once the library's storage is thread-safe.
 */
class InMemoryLogStorage implements LogStorage {

  private final ConcurrentSkipListMap<Long, Integer> positionIndexMapping =
      new ConcurrentSkipListMap<>();
  private final List<ByteBuffer> logEntries = new CopyOnWriteArrayList<>();
  private final Set<CommitListener> commitListeners = new CopyOnWriteArraySet<>();

  InMemoryLogStorage() {}

  @Override
  public LogStorageReader newReader() {
    return new ListLogStorageReader();
  }

  @Override
  public void append(
      long lowestPosition,
      long highestPosition,
      BufferWriter bufferWriter,
      AppendListener listener) {
    ByteBuffer buffer = ByteBuffer.allocate(bufferWriter.getLength());
    bufferWriter.write(new UnsafeBuffer(buffer), 0);
    append(lowestPosition, highestPosition, buffer, listener);
  }

  @Override
  public void append(
      long lowestPosition, long highestPosition, ByteBuffer blockBuffer, AppendListener listener) {
    int index;
    synchronized (logEntries) {
      logEntries.add(blockBuffer);
      index = logEntries.size();
    }
    positionIndexMapping.put(lowestPosition, index);
    listener.onWrite(index, highestPosition);
    listener.onCommit(index, highestPosition);
    commitListeners.forEach(CommitListener::onCommit);
  }

  @Override
  public void addCommitListener(CommitListener listener) {
    commitListeners.add(listener);
  }

  @Override
  public void removeCommitListener(CommitListener listener) {
    commitListeners.remove(listener);
  }

  private class ListLogStorageReader implements LogStorageReader {

    private int currentIndex;

    @Override
    public void seek(long position) {
      currentIndex =
          Optional.ofNullable(positionIndexMapping.lowerEntry(position))
              .map(Map.Entry::getValue)
              .map(index -> index - 1)
              .orElse(0);
    }

    @Override
    public void close() {}

    @Override
    public boolean hasNext() {
      return currentIndex >= 0 && currentIndex < logEntries.size();
    }

    @Override
    public DirectBuffer next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      int index = currentIndex++;
      return new UnsafeBuffer(logEntries.get(index));
    }
  }
}
