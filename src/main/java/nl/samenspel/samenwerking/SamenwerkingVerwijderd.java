package nl.samenspel.samenwerking;

/**
 * A samenwerking is deleted (today only a practice samenwerking). Published inside the deleting transaction, after
 * the samenwerking's own rows are gone; every module that keeps rows of this samenwerking deletes its own in a
 * synchronous {@code @EventListener}, so the deletion stays all-or-nothing, as the database cascade it replaces
 * was (ADR 0012). The audit trail keeps its history on purpose.
 */
public record SamenwerkingVerwijderd(long samenwerkingId) {}
