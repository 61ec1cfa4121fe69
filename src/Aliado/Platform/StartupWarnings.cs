namespace Aliado.Platform;

/// <summary>What an operator should fix, said once when the app starts (and again by <c>aliado doctor</c>).</summary>
public static partial class StartupWarnings
{
    public static void Log(WebApplication app)
    {
        if (!KeyRingCertificate.IsConfigured(app.Configuration))
        {
            KeyRingUnencrypted(app.Logger, KeyRingCertificate.PathSetting);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The data-protection key ring is stored unencrypted in the database: anyone with a copy of the database can forge sessions. Set {Setting} to a .pfx certificate (see README, Security).")]
    private static partial void KeyRingUnencrypted(ILogger logger, string setting);
}
