using System.Net;
using System.Net.Http.Json;
using Aliado.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Tests.Api;

public abstract class IdempotencyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    private static HttpRequestMessage Post(string url, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return request;
    }

    private Task<int> CountAsync(Account me, string name) =>
        app.InWorkspaceAsync(me.WorkspaceId, db => db.People.CountAsync(p => p.Name == name));

    [Fact]
    public async Task A_retried_create_with_the_same_key_returns_the_first_answer_and_creates_nothing()
    {
        var me = await app.NewAccountAsync();
        var key = Guid.NewGuid().ToString();

        var first = await me.Api.SendAsync(Post("/api/v1/people", new { name = "Rosa Díaz" }, key));
        var retry = await me.Api.SendAsync(Post("/api/v1/people", new { name = "Rosa Díaz" }, key));

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await CountAsync(me, "Rosa Díaz"));

        (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Rosa Díaz" })).EnsureSuccessStatusCode();
        Assert.Equal(2, await CountAsync(me, "Rosa Díaz"));
    }

    [Fact]
    public async Task Simultaneous_retries_with_one_key_create_one_record_and_all_get_its_answer()
    {
        var me = await app.NewAccountAsync();
        var key = Guid.NewGuid().ToString();
        var clients = Enumerable.Range(0, 8).Select(_ => app.Client(me.Token)).ToList();

        var answers = await Task.WhenAll(clients.Select(c => c.SendAsync(Post("/api/v1/people", new { name = "Tomás Vera" }, key))));
        var ids = await Task.WhenAll(answers.Select(async a => (await a.ReadAsync(HttpStatusCode.Created)).Id()));

        Assert.Single(ids.Distinct());
        Assert.Equal(1, await CountAsync(me, "Tomás Vera"));
    }

    [Fact]
    public async Task A_key_reused_elsewhere_or_malformed_is_refused_with_a_sentence()
    {
        var me = await app.NewAccountAsync("es");
        var key = Guid.NewGuid().ToString();
        (await me.Api.SendAsync(Post("/api/v1/people", new { name = "Inés" }, key))).EnsureSuccessStatusCode();

        var reused = await (await me.Api.SendAsync(Post("/api/v1/organizations", new { name = "Inés SA" }, key))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var malformed = await (await me.Api.SendAsync(Post("/api/v1/people", new { name = "Inés" }, new string('k', 201)))).ProblemAsync(HttpStatusCode.BadRequest);
        var stranger = await app.NewAccountAsync();
        var theirs = await stranger.Api.SendAsync(Post("/api/v1/people", new { name = "Inés" }, key));

        Assert.Equal("Esta Idempotency-Key ya se usó para otra solicitud. Usa una clave nueva para cada solicitud nueva.", reused.Text("title"));
        Assert.Contains("Idempotency-Key", malformed.Text("title"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, theirs.StatusCode);
        Assert.Equal(0, await app.InWorkspaceAsync(me.WorkspaceId, db => db.Organizations.CountAsync()));
    }

    [Fact]
    public async Task A_form_sent_twice_at_once_creates_one_record_and_both_land_on_it()
    {
        var me = await app.NewAccountAsync();
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);
        var (_, html) = await browser.GetAsync("/people/edit");
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__FormToken\" value=\"([0-9a-f]{32})\"").Groups[1].Value;
        var send = await browser.HoldFormAsync("/people/edit");
        var fields = new KeyValuePair<string, string>[] { new("Input.Name", "Nadia Sol"), new("Input.SocialStyle", "unknown"), new("__FormToken", token) };

        var answers = await Task.WhenAll(send(fields), send(fields), send(fields));

        Assert.NotEmpty(token);
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        Assert.Single(answers.Select(a => a.Headers.Location!.OriginalString).Distinct());
        Assert.Equal(1, await CountAsync(me, "Nadia Sol"));
    }
}

public sealed class IdempotencyOnSqlite(SqliteApp app) : IdempotencyTests<SqliteApp>(app);

public sealed class IdempotencyOnPostgres(PostgresApp app) : IdempotencyTests<PostgresApp>(app);
