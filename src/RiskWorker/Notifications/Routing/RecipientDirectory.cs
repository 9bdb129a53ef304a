using Microsoft.Extensions.Options;
using RiskEngine;
using RiskWorker.Owners;

namespace RiskWorker.Notifications.Routing;

/// <summary>Builds the routing of one run from the stored owners and the configured fallback.</summary>
internal sealed class RecipientDirectory(IOwnerStore owners, IRiskRegister register, IOptions<NotificationOptions> options)
{
    public async Task<OwnerRouting> LoadAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        // The register's fallback office (register.json) is the default display name, in the register's default language.
        var identity = register.Identity;
        var name = o.FallbackName.Length > 0 ? o.FallbackName : register.FindOffice(identity.FallbackOffice)?.Name.Get(identity.DefaultLanguage) ?? identity.FallbackOffice;
        return new OwnerRouting(await owners.GetAllAsync(cancellationToken).ConfigureAwait(false), new Recipient(name, o.FallbackEmail, identity.DefaultLanguage));
    }
}
