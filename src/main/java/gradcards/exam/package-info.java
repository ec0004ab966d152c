/**
 * Ready on exam day: the readiness forecast (predicted recall on exam morning, expected score), the planner that
 * paces new cards and pulls reviews forward toward the exam date, the mock written exam's draw and scoring, and the
 * wrong-answer notebook's rule. Pure: no clock (time is passed in), no output, no storage.
 */
package gradcards.exam;
