using System.Net;
using Aliado.Data;
using Aliado.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;

namespace Aliado.Tests.Api;

/// <summary>The app serving one request at a time with no room to wait, on a SQLite store that waits up to 20 s for a lock.</summary>
public sealed class OneAtATimeApp : AliadoApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public string DatabaseFile => Path.Combine(DataDirectory, "aliado.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:ConnectionString", $"Data Source={DatabaseFile};Default Timeout=20");
        builder.UseSetting("RateLimits:ConcurrentRequests", "1");
        builder.UseSetting("RateLimits:QueuedRequests", "0");
    }
}

/// <summary>
/// Under overload, requests past the queue are turned away at once with 503, Retry-After and a sentence
/// in the caller's language, while the ones already in progress finish; health checks never wait.
/// </summary>
public sealed class OverloadTests(OneAtATimeApp app) : IClassFixture<OneAtATimeApp>
{
    [Theory]
    [InlineData("en", "The server is busy. Nothing was saved; try again in a few seconds.", "Aliado is busy right now")]
    [InlineData("es", "El servidor está ocupado. No se guardó nada; vuelve a intentarlo en unos segundos.", "Aliado está muy ocupado en este momento")]
    public async Task A_request_past_the_queue_is_turned_away_at_once_while_the_one_in_progress_completes(string culture, string title, string heading)
    {
        var me = await app.NewAccountAsync(culture);
        (await me.Api.GetAsync("/api/v1/people", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        var browser = new FormClient(app, culture);
        await browser.SignInAsync(me.Email);

        // Holding the database's write lock keeps a save waiting, and holding the only place.
        var holder = new SqliteConnection($"Data Source={app.DatabaseFile}");
        await holder.OpenAsync(TestContext.Current.CancellationToken);
        await using (var begin = holder.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
        var save = me.Api.PostJsonAsync("/api/v1/people", new { name = "Patient Person" });
        HttpResponseMessage? refused = null;
        for (var attempt = 0; attempt < 100 && refused is null; attempt++)
        {
            if (save.IsCompleted && (await save).StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                // A probe reached the only place before the save did: the save was turned away, saving nothing; send it again.
                save = me.Api.PostJsonAsync("/api/v1/people", new { name = "Patient Person" });
            }
            var answer = await me.Api.GetAsync("/api/v1/people", TestContext.Current.CancellationToken);
            if (answer.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                refused = answer;
            }
            else
            {
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }
        }
        var (pageStatus, page) = await browser.GetAsync("/people");
        var health = await app.Client(null).GetAsync("/health/live", TestContext.Current.CancellationToken);
        await using (var end = holder.CreateCommand())
        {
            end.CommandText = "ROLLBACK";
            await end.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
        await holder.DisposeAsync();

        Assert.Equal(HttpStatusCode.Created, (await save).StatusCode);
        Assert.NotNull(refused);
        var problem = await refused.ProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal(title, problem.Text("title"));
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, pageStatus);
        Assert.Contains(heading, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var people = await (await me.Api.GetAsync("/api/v1/people?q=patient", TestContext.Current.CancellationToken)).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(1, people["total"]!.GetValue<int>());
    }
}
