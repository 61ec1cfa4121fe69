using System.Net;
using Aliado.Data;
using Aliado.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Aliado.Tests.Pages;

/// <summary>Identity's own hasher, counting the password checks it makes.</summary>
public sealed class CountingHasher : PasswordHasher<AliadoUser>
{
    private int _verifications;

    public int Verifications => _verifications;

    public override PasswordVerificationResult VerifyHashedPassword(AliadoUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

public sealed class CountingHasherApp : AliadoApp
{
    public CountingHasher Hasher { get; } = new();

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<AliadoUser>>(Hasher));
    }
}

/// <summary>
/// Sign-in does the same work whether or not the account exists, so its time tells nothing: the
/// password hash is checked exactly once either way (a count, not a timing, so the test is not flaky).
/// </summary>
public sealed class SignInTimingTests(CountingHasherApp app) : IClassFixture<CountingHasherApp>
{
    [Fact]
    public async Task An_unknown_account_costs_one_password_check_like_a_wrong_password()
    {
        var account = await app.NewAccountAsync();

        var before = app.Hasher.Verifications;
        var unknown = await (await new FormClient(app).SubmitAsync("/signin", ("Input.Email", "nobody-here@example.com"), ("Input.Password", "some guess at all"))).BodyAsync(HttpStatusCode.OK);
        var afterUnknown = app.Hasher.Verifications;
        var wrong = await (await new FormClient(app).SubmitAsync("/signin", ("Input.Email", account.Email), ("Input.Password", "some guess at all"))).BodyAsync(HttpStatusCode.OK);
        var afterWrong = app.Hasher.Verifications;

        Assert.Equal(1, afterUnknown - before);
        Assert.Equal(1, afterWrong - afterUnknown);
        string Message(string html) => System.Text.RegularExpressions.Regex.Match(html, "validation-summary-errors[^>]*>.*?<li>(.*?)</li>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(Message(unknown), Message(wrong));
        Assert.NotEmpty(Message(unknown));
    }
}
