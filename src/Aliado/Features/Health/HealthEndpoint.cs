using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Aliado.Features.Health;

public static class HealthEndpoint
{
    public static IServiceCollection AddAliadoHealth(this IServiceCollection services)
    {
        services.AddSingleton<StorageFaultMemory>();
        services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage", tags: [Ready])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [Ready])
            .AddCheck<KeyRingHealthCheck>("keys", tags: [Ready]);
        return services;
    }

    private const string Ready = "ready";

    /// <summary>
    /// GET /health/live: 200 while the process answers (no checks: a database outage must not make an
    /// orchestrator restart every node). GET /health/ready, and GET /health as before: 200
    /// {"status":"healthy"} when the database answers and takes writes, every migration is applied and
    /// the key ring can be used; 503 with each failing check's reason when not. For load balancers,
    /// uptime checks and operators.
    /// </summary>
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = WriteAsync };
        app.MapHealthChecks("/health", ready).AllowAnonymous();
        app.MapHealthChecks("/health/ready", ready).AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }).AllowAnonymous();
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status == HealthStatus.Healthy ? "healthy" : "unhealthy",
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status == HealthStatus.Healthy ? "healthy" : "unhealthy", reason = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
