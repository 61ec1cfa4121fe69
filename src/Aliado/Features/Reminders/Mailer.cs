using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Aliado.Features.Reminders;

/// <summary>Sends mail through the configured SMTP server with MailKit (TLS when the server offers it).</summary>
public sealed class Mailer(IOptions<EmailSettings> settings)
{
    public bool IsConfigured => settings.Value.IsConfigured;

    /// <summary>Connects (and signs in, when a user is set) and says goodbye, sending nothing: what <c>aliado doctor</c> checks.</summary>
    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        var smtp = settings.Value.Smtp;
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host!, smtp.Port, SecureSocketOptions.Auto, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.User))
        {
            await client.AuthenticateAsync(smtp.User, smtp.Password ?? string.Empty, cancellationToken);
        }
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    public async Task SendAsync(IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return;
        }
        var smtp = settings.Value.Smtp;
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host!, smtp.Port, SecureSocketOptions.Auto, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.User))
        {
            await client.AuthenticateAsync(smtp.User, smtp.Password ?? string.Empty, cancellationToken);
        }
        foreach (var message in messages)
        {
            await client.SendAsync(message, cancellationToken);
        }
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
