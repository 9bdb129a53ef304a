using Microsoft.Extensions.Options;
using RiskEngine;
using RiskWorker.Owners;

namespace RiskWorker.Notifications.Routing;

/// <summary>Builds the routing of one run from the stored owners and the configured fallback.</summary>
internal sealed class RecipientDirectory(IOwnerStore owners, IRiskRegister register, IOptions<NotificationOptions> options)
{
    /// <summary>The office whose address is the fallback; its register name is the fallback's default display name.</summary>
    public const string FallbackRole = "strategic-planning-office";

    public async Task<OwnerRouting> LoadAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var name = o.FallbackName.Length > 0 ? o.FallbackName : register.FindOffice(FallbackRole)?.Name.Ky ?? FallbackRole;
        return new OwnerRouting(await owners.GetAllAsync(cancellationToken).ConfigureAwait(false), new Recipient(name, o.FallbackEmail, "ky"));
    }
}
