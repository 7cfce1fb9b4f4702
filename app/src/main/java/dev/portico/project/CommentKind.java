package dev.portico.project;

/** REPLY is visible to the client; NOTE is internal to the agency. */
public enum CommentKind {
  REPLY,
  NOTE
}
