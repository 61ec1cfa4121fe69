using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Aliado.Tests.Infrastructure;

/// <summary>A cookie-keeping client that fills in forms the way a browser without JavaScript would.</summary>
public sealed partial class FormClient
{
    private readonly HttpClient _client;

    public FormClient(AliadoApp app, string culture = "en")
    {
        app.EnsureAvailable();
        _client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        _client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(culture));
    }

    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Loads <paramref name="page"/>, takes its antiforgery token, and posts the fields to <paramref name="action"/> (default: the page).</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string page, IEnumerable<KeyValuePair<string, string>> fields, string? action = null)
    {
        var (status, html) = await GetAsync(page);
        Assert.True(status == HttpStatusCode.OK, $"GET {page} answered {(int)status}");
        var token = AntiforgeryToken().Match(html);
        Assert.True(token.Success, $"{page} has no form token");
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))));
        return await _client.PostAsync(action ?? page, content);
    }

    /// <summary>
    /// Loads <paramref name="page"/> now and returns a way to post its form later, so several clients can
    /// hold a form each and send them all at the same moment.
    /// </summary>
    public async Task<Func<IEnumerable<KeyValuePair<string, string>>, Task<HttpResponseMessage>>> HoldFormAsync(string page)
    {
        var (status, html) = await GetAsync(page);
        Assert.True(status == HttpStatusCode.OK, $"GET {page} answered {(int)status}");
        var token = WebUtility.HtmlDecode(AntiforgeryToken().Match(html).Groups[1].Value);
        return fields => _client.PostAsync(page, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    /// <summary>Loads <paramref name="page"/> and posts a file upload to <paramref name="action"/> with its form token.</summary>
    public async Task<HttpResponseMessage> UploadAsync(string page, string action, string field, string fileName, byte[] bytes, IEnumerable<KeyValuePair<string, string>>? fields = null)
    {
        var (status, html) = await GetAsync(page);
        Assert.True(status == HttpStatusCode.OK, $"GET {page} answered {(int)status}");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(AntiforgeryToken().Match(html).Groups[1].Value)), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), field, fileName },
        };
        foreach (var (name, value) in fields ?? [])
        {
            content.Add(new StringContent(value), name);
        }
        return await _client.PostAsync(action, content);
    }

    public Task<HttpResponseMessage> SubmitAsync(string page, params (string Name, string Value)[] fields) =>
        SubmitAsync(page, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    public async Task SignInAsync(string email, string password = Account.Password)
    {
        var response = await SubmitAsync("/signin", ("Input.Email", email), ("Input.Password", password));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

public static class Html
{
    public static async Task<string> BodyAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {System.Text.RegularExpressions.Regex.Match(body, "<main.*?</main>", System.Text.RegularExpressions.RegexOptions.Singleline).Value}");
        return WebUtility.HtmlDecode(body);
    }
}
