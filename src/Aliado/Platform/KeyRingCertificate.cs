using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Aliado.Platform;

/// <summary>
/// The certificate that encrypts the data-protection key ring at rest: <c>DataProtection:CertificatePath</c>
/// (a .pfx with its private key) and <c>DataProtection:CertificatePassword</c>. Without it the keys are
/// stored as plain XML next to the data they protect, which start-up and <c>aliado doctor</c> say.
/// </summary>
public static class KeyRingCertificate
{
    public const string PathSetting = "DataProtection:CertificatePath";
    public const string PasswordSetting = "DataProtection:CertificatePassword";

    public static bool IsConfigured(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[PathSetting]);

    /// <exception cref="SettingsException">The file is missing, unreadable, or has no private key.</exception>
    public static X509Certificate2? Load(IConfiguration configuration)
    {
        if (!IsConfigured(configuration))
        {
            return null;
        }
        var path = configuration[PathSetting]!;
        if (!File.Exists(path))
        {
            throw new SettingsException($"{PathSetting} points to '{path}', which does not exist. Create the certificate (see README, Security) or remove the setting.");
        }
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[PasswordSetting], X509KeyStorageFlags.EphemeralKeySet);
            return certificate.HasPrivateKey
                ? certificate
                : throw new SettingsException($"The certificate in {PathSetting} ('{path}') has no private key; export it as a .pfx with its key.");
        }
        catch (CryptographicException e)
        {
            throw new SettingsException($"The certificate in {PathSetting} ('{path}') cannot be opened: {e.Message} Check {PasswordSetting}.");
        }
    }
}
