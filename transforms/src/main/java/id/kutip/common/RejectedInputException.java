package id.kutip.common;

/**
 * Thrown by a stage's core when an input cannot become a record for a known reason (empty, binary, too large,
 * malformed). The stage's DoFn turns it into a dead letter carrying {@link #reason()}.
 */
public class RejectedInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String reason;

  public RejectedInputException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  public RejectedInputException(String reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** A short, groupable reason such as {@code malformed-json} or {@code binary-content}. */
  public String reason() {
    return reason;
  }
}
