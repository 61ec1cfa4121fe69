using System.Diagnostics;
using System.Net;
using Aliado.Data;
using Aliado.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Tests.Api;

/// <summary>A SQLite store that gives up on a lock after one second, so a held lock is a store that cannot be written.</summary>
public sealed class BusyStoreApp : AliadoApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public string DatabaseFile => Path.Combine(DataDirectory, "aliado.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:ConnectionString", $"Data Source={DatabaseFile};Default Timeout=1");
    }
}

/// <summary>A PostgreSQL server that is not there.</summary>
public sealed class UnreachableStoreApp : AliadoApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:ConnectionString", "Host=127.0.0.1;Port=1;Username=nobody;Password=nothing;Timeout=2");
        builder.UseSetting("Database:MigrateOnStart", "false");
    }
}

public sealed class StorageFaultTests(BusyStoreApp app) : IClassFixture<BusyStoreApp>
{
    [Fact]
    public async Task A_store_that_cannot_be_written_answers_503_and_the_app_recovers_when_it_can()
    {
        var me = await app.NewAccountAsync("es");
        var browser = new FormClient(app, "es");
        await browser.SignInAsync(me.Email);
        var send = await browser.HoldFormAsync("/people/edit");

        HttpResponseMessage api, page;
        System.Text.Json.Nodes.JsonNode health;
        await using (var holder = new SqliteConnection($"Data Source={app.DatabaseFile}"))
        {
            await holder.OpenAsync();
            await using (var lockCommand = holder.CreateCommand())
            {
                lockCommand.CommandText = "BEGIN EXCLUSIVE;";
                await lockCommand.ExecuteNonQueryAsync();
            }
            api = await me.Api.PostJsonAsync("/api/v1/people", new { name = "Bloqueada" });
            page = await send([new("Input.Name", "Bloqueada"), new("Input.SocialStyle", "unknown")]);
            health = await (await app.Client(null).GetAsync("/health")).ReadAsync(HttpStatusCode.ServiceUnavailable);
            await using var unlock = holder.CreateCommand();
            unlock.CommandText = "ROLLBACK;";
            await unlock.ExecuteNonQueryAsync();
        }

        var problem = await api.ProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("La base de datos no puede guardar ni leer datos en este momento", problem.Text("title"));
        Assert.NotNull(api.Headers.RetryAfter);
        var html = WebUtility.HtmlDecode(await page.BodyAsync(HttpStatusCode.ServiceUnavailable));
        Assert.True(html.Contains("Ahora mismo no podemos guardar ni leer tus datos", StringComparison.Ordinal), html);
        Assert.Equal("unhealthy", health.Text("status"));

        Assert.Equal(HttpStatusCode.Created, (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Bloqueada" })).StatusCode);
        Assert.Equal(1, await app.InWorkspaceAsync(me.WorkspaceId, db => db.People.CountAsync(p => p.Name == "Bloqueada")));
    }

    [Fact]
    public async Task A_fresh_start_on_a_database_that_cannot_be_written_exits_with_one_sentence()
    {
        var missing = Path.Combine(app.DataDirectory, "nowhere", "aliado.db");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "aliado.dll")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["Database__ConnectionString"] = $"Data Source={missing};Mode=ReadOnly";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExit(TimeSpan.FromSeconds(60));
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }

        Assert.True(exited, "the app kept running on a database it cannot write");
        Assert.Equal(3, process.ExitCode);
        var lines = (await error).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var sentence = Assert.Single(lines);
        Assert.StartsWith("Aliado cannot start: the database cannot be written", sentence, StringComparison.Ordinal);
    }
}

public sealed class UnreachableStoreTests(UnreachableStoreApp app) : IClassFixture<UnreachableStoreApp>
{
    [Fact]
    public async Task An_unreachable_server_answers_503_with_a_sentence_and_health_says_why()
    {
        var response = await app.Client("not-a-real-token").GetAsync("/api/v1/people");
        var health = await (await app.Client(null).GetAsync("/health")).ReadAsync(HttpStatusCode.ServiceUnavailable);

        var problem = await response.ProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("The database cannot store or read data right now", problem.Text("title"));
        Assert.Equal("unhealthy", health.Text("status"));
        Assert.Equal("The database cannot be reached.", health["checks"]!["storage"]!.Text("reason"));
    }
}
