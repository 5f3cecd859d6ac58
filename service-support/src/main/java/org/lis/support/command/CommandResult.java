package org.lis.support.command;

/** What a command endpoint answers: the aggregate's id and its version after the command. */
public record CommandResult(String id, long version) {
}
