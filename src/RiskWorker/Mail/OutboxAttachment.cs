namespace RiskWorker.Mail;

/// <summary>
/// A file sent with an outbox message. The bytes are stored with the row (<c>outbox_attachments</c>), not a path:
/// a retry next week sends what was composed, even when the file it came from is long gone.
/// </summary>
/// <param name="FileName">Name the recipient sees, e.g. <c>council-pack-2026-12-16-ky.pdf</c>.</param>
/// <param name="ContentType">MIME type, e.g. <c>application/pdf</c>.</param>
/// <param name="Content">The file's bytes.</param>
internal sealed record OutboxAttachment(string FileName, string ContentType, byte[] Content);
