using MimeKit;

namespace RiskWorker.Mail;

/// <summary>Writes each message to <c>&lt;folder&gt;/&lt;key&gt;-&lt;hash&gt;.eml</c>, whole or not at all.</summary>
internal sealed class PickupFolderSession(string folder) : IMailSession
{
    public async Task<string> SendAsync(string key, MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, OutboxIdentity.PickupFileName(key));
        var partial = path + ".partial";
        // 7-bit with wrapped lines: a file any mail client or relay accepts as is.
        message.Prepare(EncodingConstraint.SevenBit);
        await message.WriteToAsync(partial, cancellationToken).ConfigureAwait(false);
        // A crash leaves at most a .partial file; the rename makes the .eml appear complete or not at all.
        File.Move(partial, path, overwrite: true);
        return "written " + path;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
