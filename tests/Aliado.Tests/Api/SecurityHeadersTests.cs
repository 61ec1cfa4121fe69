using System.Net;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Api;

/// <summary>Every response, through the real pipeline, carries the security headers.</summary>
public sealed class SecurityHeadersTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/signin")]
    [InlineData("/how-it-works")]
    [InlineData("/css/site.css")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/api/v1/me")]
    [InlineData("/no-such-page")]
    [InlineData("/check-in/aliado_not-a-link")]
    public async Task Pages_api_files_and_errors_all_carry_the_security_headers(string url)
    {
        var response = await app.Client(null).GetAsync(url);
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_page_of_the_demo_relies_on_inline_script_or_style()
    {
        var browser = new FormClient(app);
        var demo = await browser.SubmitAsync("/", [], "/demo");
        Assert.Equal(HttpStatusCode.Redirect, demo.StatusCode);
        var relationships = (await browser.GetAsync("/relationships")).Html;
        var first = System.Text.RegularExpressions.Regex.Match(relationships, "href=\"(/relationships/[0-9a-f-]{36})\"").Groups[1].Value;

        foreach (var url in new[] { "/", "/people", "/relationships", first, first + "/brief", "/typology", "/lessons", "/account", "/workspace/members", "/standing-interests", "/how-it-works", "/trash", "/workspace/security", first + "/history" })
        {
            var (status, html) = await browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, status);
            // Scripts come from the site's own files only: a script element always names its source.
            Assert.DoesNotMatch(@"<script(?![^>]*\ssrc=""/)", html);
            Assert.DoesNotMatch(@"<[a-z][^>]*\sstyle=""", html);
            Assert.DoesNotMatch(@"\son[a-z]+=""", html);
        }
    }
}

/// <summary>The app behind a TLS-terminating proxy that says so with X-Forwarded-Proto.</summary>
public sealed class ProxiedApp : AliadoApp
{
    public override Aliado.Data.DatabaseProvider Provider => Aliado.Data.DatabaseProvider.Sqlite;

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("FORWARDEDHEADERS_ENABLED", "true");
    }
}

public sealed class BehindProxyTests(ProxiedApp app) : IClassFixture<ProxiedApp>
{
    [Fact]
    public async Task Behind_a_tls_proxy_every_cookie_is_secure_and_over_plain_http_they_are_not_forced()
    {
        var client = app.Client(null);
        using var overTls = new HttpRequestMessage(HttpMethod.Get, "/signin");
        overTls.Headers.Add("X-Forwarded-Proto", "https");

        var secure = await client.SendAsync(overTls);
        var plain = await client.GetAsync("/signin");

        var secureCookies = secure.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(secureCookies);
        Assert.All(secureCookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.All(plain.Headers.GetValues("Set-Cookie"), c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));
    }
}
