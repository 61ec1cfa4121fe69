using Aliado.Data;

namespace Aliado.Features.Health;

public static class HealthEndpoint
{
    /// <summary>GET /health: 200 when the database answers, 503 when it does not. For load balancers and uptime checks.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", async (AliadoDbContext db, CancellationToken cancellationToken) =>
                await db.Database.CanConnectAsync(cancellationToken)
                    ? Results.Ok(new { status = "healthy" })
                    : Results.Json(new { status = "unhealthy" }, statusCode: StatusCodes.Status503ServiceUnavailable))
            .AllowAnonymous()
            .ExcludeFromDescription();
}
