package dev.portico.project;

import dev.portico.identity.Account;
import dev.portico.identity.Accounts;
import dev.portico.project.PortalProjects.PortalReply;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a feature that owns an inbox item (feedback) may show its client of it: the item's state and
 * the Replies in its thread, never its Notes. No access check of its own: callers check that the
 * items are the signed-in client's (or run as a process step).
 */
@Service
@Transactional(readOnly = true)
public class InboxThreads {

  /** An inbox item as its client may know it. */
  public record ItemState(TaskStatus status, List<PortalReply> replies) {}

  private final Tasks tasks;
  private final Comments comments;
  private final Accounts accounts;

  InboxThreads(Tasks tasks, Comments comments, Accounts accounts) {
    this.tasks = tasks;
    this.comments = comments;
    this.accounts = accounts;
  }

  /** By task id; ids of another workspace are left out. */
  public Map<UUID, ItemState> states(UUID workspaceId, Collection<UUID> taskIds) {
    List<Task> items =
        tasks.findAllById(taskIds).stream()
            .filter(t -> t.getWorkspaceId().equals(workspaceId))
            .toList();
    List<Comment> replies =
        comments.findByTaskIdInAndKindOrderByCreatedAt(
            items.stream().map(Task::getId).toList(), CommentKind.REPLY);
    Map<UUID, Account> authors =
        accounts
            .findAllById(replies.stream().map(Comment::getAuthorId).distinct().toList())
            .stream()
            .collect(Collectors.toMap(Account::getId, Function.identity()));
    Map<UUID, List<PortalReply>> byTask =
        replies.stream()
            .collect(
                Collectors.groupingBy(
                    Comment::getTaskId,
                    Collectors.mapping(
                        c -> PortalTasks.reply(c, authors.get(c.getAuthorId())),
                        Collectors.toList())));
    return items.stream()
        .collect(
            Collectors.toMap(
                Task::getId,
                t -> new ItemState(t.getStatus(), byTask.getOrDefault(t.getId(), List.of()))));
  }
}
