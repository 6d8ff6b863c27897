package org.hiproutine.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One sentence of an exercise's instructions, word for word from the seed. A dose sentence ("Repeat
 * for 12-15 reps.") says how much rather than how.
 */
@Embeddable
public record Step(@Column(name = "text") String text, @Column(name = "dose") boolean dose) {}
