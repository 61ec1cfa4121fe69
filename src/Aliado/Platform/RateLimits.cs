using System.Globalization;
using System.Threading.RateLimiting;

namespace Aliado.Platform;

/// <summary>
/// ASP.NET Core's rate limiting for the doors anyone can knock on: sign-in, sign-up, the demo and
/// password changes per client address, the API per token, and the links that carry a secret
/// (check-ins, calendar feeds). A refused request gets 429 with Retry-After and a localized page or problem.
/// Every request also waits its turn for one of a bounded number of places (health checks excepted), so
/// under overload requests queue without holding threads or database connections, and past the queue
/// are turned away at once with 503 instead of timing out.
/// </summary>
public static class RateLimits
{
    public const string AnonymousLinks = "anonymous-links";

    public static IServiceCollection AddAliadoRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimits:AnonymousLinksPerMinute", 30);
        var doorsPerMinute = configuration.GetValue("RateLimits:DoorsPerMinute", 10);
        var apiPerMinute = configuration.GetValue("RateLimits:ApiPerMinute", 600);
        var concurrent = configuration.GetValue("RateLimits:ConcurrentRequests", 4 * Environment.ProcessorCount);
        var queued = configuration.GetValue("RateLimits:QueuedRequests", 500);
        services.AddRateLimiter(o =>
        {
            // The doors: signing in, signing up, making a demo and changing a password, per client address;
            // and the API, per token (or per address without one).
            var doors = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                Door(context) is { } door
                    ? RateLimitPartition.GetFixedWindowLimiter($"door:{Client(context)}", _ => new FixedWindowRateLimiterOptions { PermitLimit = doorsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : context.Request.Path.StartsWithSegments("/api")
                        ? RateLimitPartition.GetFixedWindowLimiter($"api:{Caller(context)}", _ => new FixedWindowRateLimiterOptions { PermitLimit = apiPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                        : RateLimitPartition.GetNoLimiter(string.Empty));
            // One queue for everything but the health checks and the error page of a request already turned away, oldest first.
            var places = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments("/health") || context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null
                    ? RateLimitPartition.GetNoLimiter("health")
                    : RateLimitPartition.GetConcurrencyLimiter("all", _ => new ConcurrencyLimiterOptions { PermitLimit = concurrent, QueueLimit = queued, QueueProcessingOrder = QueueProcessingOrder.OldestFirst }));
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(doors, places);
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                else
                {
                    // No window to wait for: the queue is full, the server is busy.
                    context.HttpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    context.HttpContext.Response.Headers.RetryAfter = "1";
                }
                return ValueTask.CompletedTask;
            };
            o.AddPolicy(AnonymousLinks, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    /// <summary>The POSTs that guess or create accounts: the ones worth slowing down.</summary>
    private static string? Door(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return null;
        }
        var path = context.Request.Path;
        return path.StartsWithSegments("/signin") || path.StartsWithSegments("/signup") || path.StartsWithSegments("/demo")
            || (path.StartsWithSegments("/account") && string.Equals(context.Request.Query["handler"], "Password", StringComparison.OrdinalIgnoreCase))
            ? path.Value
            : null;
    }

    private static string Client(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>A token's hash keeps the secret out of memory keys; callers without one share their address's budget.</summary>
    private static string Caller(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? TokenAuthentication.Hash(header[7..].Trim()) : Client(context);
    }
}
