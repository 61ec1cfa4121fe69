using Aliado.Core;
using Microsoft.Extensions.Options;

namespace Aliado.Features.Reminders;

/// <summary>
/// Outgoing e-mail: <c>Email:Smtp:Host</c>, <c>Email:Smtp:Port</c>, <c>Email:Smtp:User</c>,
/// <c>Email:Smtp:Password</c> and <c>Email:From</c>. With no host or sender, nothing is sent and the
/// account page says so.
/// </summary>
public sealed class EmailSettings
{
    public const string Section = "Email";

    public SmtpSettings Smtp { get; set; } = new();

    public string? From { get; set; }

    /// <summary>The address people reach the app at, for links in e-mails (default http://localhost:5080).</summary>
    public string PublicUrl { get; set; } = "http://localhost:5080";

    /// <summary>How often the reminder service looks for reminders that are due.</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromMinutes(1);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Smtp.Host) && !string.IsNullOrWhiteSpace(From);

    public Uri BaseAddress => new(PublicUrl.EndsWith('/') ? PublicUrl : PublicUrl + "/");
}

public sealed class SmtpSettings
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? User { get; set; }

    public string? Password { get; set; }
}

/// <summary>Refuses settings that could never send, with a sentence an operator can act on.</summary>
public sealed class EmailSettingsValidation : IValidateOptions<EmailSettings>
{
    public ValidateOptionsResult Validate(string? name, EmailSettings options)
    {
        var failures = new List<string>();
        if (options.Smtp.Port is < 1 or > 65535)
        {
            failures.Add($"Email:Smtp:Port must be between 1 and 65535 (it is {options.Smtp.Port}).");
        }
        if (!string.IsNullOrWhiteSpace(options.From) && !EmailAddress.LooksValid(options.From))
        {
            failures.Add($"Email:From '{options.From}' is not an e-mail address.");
        }
        if (!string.IsNullOrWhiteSpace(options.Smtp.Host) && string.IsNullOrWhiteSpace(options.From))
        {
            failures.Add("Email:Smtp:Host is set but Email:From is empty: set the address reminders are sent from.");
        }
        if (!Uri.TryCreate(options.PublicUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            failures.Add($"Email:PublicUrl '{options.PublicUrl}' must be an absolute http or https address.");
        }
        if (options.CheckEvery < TimeSpan.FromSeconds(1))
        {
            failures.Add("Email:CheckEvery must be at least one second.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
