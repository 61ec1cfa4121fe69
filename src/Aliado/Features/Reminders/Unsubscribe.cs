using Microsoft.AspNetCore.DataProtection;

namespace Aliado.Features.Reminders;

/// <summary>
/// The "stop these e-mails" link: the account id, protected by the app's data-protection keys, so the
/// link works without signing in and cannot be forged for someone else.
/// </summary>
public sealed class Unsubscribe(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Aliado.Reminders.Unsubscribe.v1");

    public Uri LinkFor(string userId, Uri baseAddress) => new(baseAddress, $"reminders/stop/{_protector.Protect(userId)}");

    /// <summary>The account a token was made for, or null when it is not one of ours.</summary>
    public string? UserOf(string token)
    {
        try
        {
            return _protector.Unprotect(token);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
