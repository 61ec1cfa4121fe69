using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Aliado.Data;
using Aliado.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aliado.Tests.Api;

/// <summary>An app given a key-ring certificate, made fresh for the test the way the README tells operators to.</summary>
public sealed class EncryptedKeysApp : AliadoApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public string CertificateFile => Path.Combine(DataDirectory, "keys.pfx");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest("CN=Aliado key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(5));
        File.WriteAllBytes(CertificateFile, certificate.Export(X509ContentType.Pfx, "pfx password"));
        base.ConfigureWebHost(builder);
        builder.UseSetting("DataProtection:CertificatePath", CertificateFile);
        builder.UseSetting("DataProtection:CertificatePassword", "pfx password");
    }
}

public sealed class KeyRingTests(EncryptedKeysApp app) : IClassFixture<EncryptedKeysApp>
{
    [Fact]
    public async Task With_a_certificate_the_key_ring_is_stored_encrypted_and_sessions_still_work()
    {
        var me = await app.NewAccountAsync();
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);
        var (status, _) = await browser.GetAsync("/people");

        await using var scope = app.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<AliadoDbContext>().DataProtectionKeys.Select(k => k.Xml).ToListAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }
}
