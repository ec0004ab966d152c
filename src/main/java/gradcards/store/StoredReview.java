package gradcards.store;

/** A review row as read back from the database, with its id (the order in which answers were given). */
public record StoredReview(long id, ReviewRow review) {
}
