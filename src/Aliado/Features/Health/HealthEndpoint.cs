using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Aliado.Features.Health;

public static class HealthEndpoint
{
    public static IServiceCollection AddAliadoHealth(this IServiceCollection services)
    {
        services.AddSingleton<StorageFaultMemory>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");
        return services;
    }

    /// <summary>
    /// GET /health: 200 {"status":"healthy"} when the database answers and takes writes, 503 with the
    /// failing check's reason when not. For load balancers, uptime checks and operators.
    /// </summary>
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync }).AllowAnonymous();

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
