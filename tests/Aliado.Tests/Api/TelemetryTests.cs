using System.Collections.Concurrent;
using System.Net;
using Aliado.Data;
using Aliado.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Aliado.Tests.Api;

/// <summary>The app with Prometheus metrics on, and traces sent over OTLP/HTTP to a collector that is a real HTTP server in the test.</summary>
public sealed class TelemetryApp : AliadoApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public Collector Collector { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Telemetry:Prometheus", "true");
        builder.UseSetting("Telemetry:OtlpEndpoint", Collector.Address.ToString());
        builder.UseSetting("Telemetry:OtlpProtocol", "http/protobuf");
        // Export finished spans after a fifth of a second rather than the default five.
        builder.UseSetting("OTEL_BSP_SCHEDULE_DELAY", "200");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Collector.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>Stands in for an OpenTelemetry collector: takes OTLP/HTTP posts and keeps their bodies by path.</summary>
public sealed class Collector : IAsyncDisposable
{
    private readonly WebApplication _server;

    public ConcurrentQueue<(string Path, byte[] Body)> Received { get; } = new();

    public Uri Address { get; }

    public Collector()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _server = builder.Build();
        _server.MapPost("/v1/{signal}", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            Received.Enqueue((request.Path, body.ToArray()));
            return Results.Ok();
        });
        _server.StartAsync().GetAwaiter().GetResult();
        Address = new Uri(_server.Urls.First());
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();
}

public sealed class TelemetryTests(TelemetryApp app) : IClassFixture<TelemetryApp>
{
    [Fact]
    public async Task Metrics_count_requests_by_route_and_status_and_verdict_recomputations()
    {
        var me = await app.NewAccountAsync();
        var person = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Mía Métrica" })).ReadAsync(HttpStatusCode.Created)).Id();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = person })).ReadAsync(HttpStatusCode.Created)).Id();
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interests", new { holder = "client", description = "Grow", importance = 4 })).EnsureSuccessStatusCode();
        (await me.Api.GetAsync($"/api/v1/people/{Guid.NewGuid()}", TestContext.Current.CancellationToken)).Dispose();

        var metrics = await (await app.Client(null).GetAsync("/metrics", TestContext.Current.CancellationToken)).BodyAsync(HttpStatusCode.OK);

        Assert.Matches("http_server_request_duration_seconds_count\\{[^}]*http_response_status_code=\"404\"[^}]*http_route=\"/api/v1/people/\\{id:guid\\}\"", metrics);
        Assert.Matches("http_server_request_duration_seconds_count\\{[^}]*http_response_status_code=\"201\"[^}]*http_route=\"/api/v1/people/?\"", metrics);
        Assert.Matches("aliado_verdict_recomputations_total\\{[^}]*\\} [1-9]", metrics);
    }

    [Fact]
    public async Task Traces_reach_the_collector_over_otlp()
    {
        var me = await app.NewAccountAsync();
        (await me.Api.GetAsync("/api/v1/people", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        // Spans leave in batches: the request's may come in a later one than the account's set-up.
        string Traces() => System.Text.Encoding.UTF8.GetString([.. app.Collector.Received.Where(r => r.Path == "/v1/traces").SelectMany(r => r.Body)]);
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!Traces().Contains("api/v1/people", StringComparison.Ordinal) && DateTime.UtcNow < until)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        var text = Traces();
        Assert.Contains("aliado", text, StringComparison.Ordinal);
        Assert.Contains("api/v1/people", text, StringComparison.Ordinal);
    }
}

public sealed class TelemetryOffTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Without_the_setting_there_is_no_metrics_endpoint()
    {
        var response = await app.Client(null).GetAsync("/metrics", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
