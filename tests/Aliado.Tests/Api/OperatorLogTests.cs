using System.Net;
using Aliado.Data;
using Aliado.Platform;
using Aliado.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Aliado.Tests.Api;

/// <summary>The app with its operator log kept in memory, at the levels an operator runs it with; its SQLite store gives up on a lock after a second.</summary>
public sealed class LoggedApp : AliadoApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public string DatabaseFile => Path.Combine(DataDirectory, "aliado.db");

    public FakeLogCollector Log => Services.GetFakeLogCollector();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:ConnectionString", $"Data Source={DatabaseFile};Default Timeout=1");
        builder.ConfigureLogging(logging => logging
            .AddFakeLogging()
            .AddFilter("Microsoft.AspNetCore.HttpLogging", LogLevel.Information)
            .AddFilter("Aliado", LogLevel.Information));
    }
}

public sealed class OperatorLogTests(LoggedApp app) : IClassFixture<LoggedApp>
{
    private IReadOnlyList<FakeLogRecord> Since(int count) => [.. app.Log.GetSnapshot().Skip(count)];

    private static string? Value(FakeLogRecord record, string key) =>
        record.StructuredState?.FirstOrDefault(p => p.Key == key).Value;

    [Fact]
    public async Task Each_request_gets_one_line_with_its_route_template_status_duration_account_hash_workspace_and_trace()
    {
        var me = await app.NewAccountAsync();
        var person = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Renata Secreta" })).ReadAsync(HttpStatusCode.Created)).Id();
        var before = app.Log.Count;

        await me.Api.GetAsync($"/api/v1/people/{person}", TestContext.Current.CancellationToken);
        await me.Api.GetAsync("/api/v1/people?q=Renata", TestContext.Current.CancellationToken);
        await app.Client(null).GetAsync("/check-in/a-secret-link-token", TestContext.Current.CancellationToken);

        var lines = Since(before).Where(r => (r.Category ?? string.Empty).StartsWith("Microsoft.AspNetCore.HttpLogging", StringComparison.Ordinal)).ToList();
        var read = lines.SingleOrDefault(l => Value(l, "Route") == "/api/v1/people/{id:guid}");
        Assert.True(read is not null, string.Join("\n", lines.Select(l => string.Join(";", l.StructuredState ?? []))));
        Assert.Equal("GET", Value(read, "Method"));
        Assert.Equal("200", Value(read, "StatusCode"));
        Assert.NotNull(Value(read, "Duration"));
        Assert.Equal(RequestLogLine.AccountHash(me.UserId), Value(read, "UserHash"));
        Assert.Equal(me.WorkspaceId.ToString(), Value(read, "WorkspaceId"));
        Assert.Matches("^[0-9a-f]{32}$", Value(read, "TraceId"));
        Assert.True(lines.Count(l => Value(l, "Route") == "/api/v1/people") == 1, string.Join(", ", lines.Select(l => Value(l, "Route"))));
        Assert.Single(lines, l => Value(l, "Route") == "/check-in/{secret}" && Value(l, "UserHash") == "-");
        var everything = string.Join("\n", Since(before).Select(r => r.Message + string.Join(";", r.StructuredState ?? [])));
        Assert.DoesNotContain(person.ToString(), everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Renata", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("a-secret-link-token", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(me.Email, everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_ins_failed_sign_ins_and_exports_are_logged_by_account_hash_never_by_address()
    {
        var me = await app.NewAccountAsync();
        var before = app.Log.Count;

        var browser = new FormClient(app);
        await browser.SubmitAsync("/signin", ("Input.Email", me.Email), ("Input.Password", "not the password"));
        await browser.SubmitAsync("/signin", ("Input.Email", "nobody-at-all@example.com"), ("Input.Password", "whatever it is"));
        await browser.SignInAsync(me.Email);
        (await me.Api.GetAsync("/api/v1/export", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        var events = Since(before).Where(r => (r.Category ?? string.Empty).StartsWith("Aliado", StringComparison.Ordinal)).ToList();
        var hash = RequestLogLine.AccountHash(me.UserId);
        Assert.Single(events, e => Value(e, "Kind") == "sign-in-failed" && Value(e, "UserHash") == hash);
        Assert.Single(events, e => e.Message.Contains("no account uses", StringComparison.Ordinal));
        Assert.Single(events, e => Value(e, "Kind") == "sign-in" && Value(e, "UserHash") == hash);
        Assert.Single(events, e => Value(e, "What") == "workspace" && Value(e, "WorkspaceId") == me.WorkspaceId.ToString());
        var everything = string.Join("\n", Since(before).Select(r => r.Message + string.Join(";", r.StructuredState ?? [])));
        Assert.DoesNotContain(me.Email, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("nobody-at-all", everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_storage_fault_is_logged_as_an_error_with_its_exception()
    {
        var me = await app.NewAccountAsync();
        var before = app.Log.Count;
        HttpResponseMessage refused;
        await using (var holder = new SqliteConnection($"Data Source={app.DatabaseFile}"))
        {
            await holder.OpenAsync(TestContext.Current.CancellationToken);
            await using (var lockCommand = holder.CreateCommand())
            {
                lockCommand.CommandText = "BEGIN EXCLUSIVE;";
                await lockCommand.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            }
            refused = await me.Api.PostJsonAsync("/api/v1/people", new { name = "Bloqueada" });
            await using var unlock = holder.CreateCommand();
            unlock.CommandText = "ROLLBACK;";
            await unlock.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        var error = Assert.Single(Since(before), r => r.Level == LogLevel.Error && r.Category == typeof(ApiExceptionHandler).FullName);
        Assert.IsType<SqliteException>(error.Exception?.GetBaseException());
        Assert.Contains(Since(before), r => Value(r, "StatusCode") == "503" && Value(r, "Route") == "/api/v1/people");
    }
}
