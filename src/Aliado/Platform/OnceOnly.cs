using System.Security.Claims;
using Aliado.Data;
using Aliado.Data.Keeping;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Platform;

/// <summary>
/// A retried request never creates twice. An API POST sent with an Idempotency-Key runs inside one
/// transaction with the record of its answer, so a retry with the same key gets that answer back byte
/// for byte (and a retry while the first still runs waits for it). A web form carries a one-time token;
/// a second submission of the same form goes where the first one went.
/// </summary>
public sealed class OnceOnly(RequestDelegate next, IStringLocalizer<SharedResource> localizer, IProblemDetailsService problems)
{
    public const string Header = "Idempotency-Key";
    public const string FormField = "__FormToken";
    private const int MaxStoredBody = 1 << 20;
    private static readonly TimeSpan _waitForFirst = TimeSpan.FromSeconds(10);

    public async Task InvokeAsync(HttpContext context, AliadoDbContext db)
    {
        var owner = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (!HttpMethods.IsPost(context.Request.Method) || owner is null)
        {
            await next(context);
            return;
        }
        var path = $"{context.Request.Path}{context.Request.QueryString}";
        if (context.Request.Path.StartsWithSegments("/api") && context.Request.Headers.TryGetValue(Header, out var header))
        {
            var key = header.ToString();
            if (key.Length is 0 or > IdempotentRequest.KeyLength || key.Any(c => c is < '!' or > '~'))
            {
                await ProblemAsync(context, StatusCodes.Status400BadRequest, "problem.idempotency-key");
                return;
            }
            await RunOnceAsync(context, db, owner, key, path);
        }
        else if (context.Request.HasFormContentType && (await context.Request.ReadFormAsync(context.RequestAborted))[FormField].ToString() is { Length: > 0 and <= IdempotentRequest.KeyLength } token)
        {
            await SubmitOnceAsync(context, db, owner, token, path);
        }
        else
        {
            await next(context);
        }
    }

    private async Task RunOnceAsync(HttpContext context, AliadoDbContext db, string owner, string key, string path)
    {
        var row = new IdempotentRequest { Owner = owner, Key = key, Path = path };
        await using var transaction = await db.Database.BeginTransactionAsync(context.RequestAborted);
        if (!await ClaimAsync(db, row, context.RequestAborted))
        {
            await transaction.RollbackAsync(context.RequestAborted);
            await ReplayAsync(context, db, owner, key, path);
            return;
        }

        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
            var status = context.Response.StatusCode;
            if (status < 500 && buffer.Length <= MaxStoredBody)
            {
                var body = buffer.ToArray();
                var contentType = context.Response.ContentType;
                var location = context.Response.Headers.Location.ToString();
                await db.IdempotentRequests.Where(r => r.Id == row.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.Status, status)
                    .SetProperty(r => r.ContentType, contentType)
                    .SetProperty(r => r.Location, location.Length == 0 ? null : location)
                    .SetProperty(r => r.Body, body), context.RequestAborted);
                await transaction.CommitAsync(context.RequestAborted);
            }
        }
        finally
        {
            context.Response.Body = original;
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private async Task ReplayAsync(HttpContext context, AliadoDbContext db, string owner, string key, string path)
    {
        var first = await WaitForFirstAsync(db, owner, key, context.RequestAborted);
        if (first is null || first.Status is null)
        {
            await ProblemAsync(context, StatusCodes.Status409Conflict, "problem.idempotency-running");
            return;
        }
        if (first.Path != path)
        {
            await ProblemAsync(context, StatusCodes.Status422UnprocessableEntity, "problem.idempotency-reused");
            return;
        }
        context.Response.StatusCode = first.Status.Value;
        context.Response.Headers["Idempotent-Replayed"] = "true";
        if (first.ContentType is { } contentType)
        {
            context.Response.ContentType = contentType;
        }
        if (first.Location is { } location)
        {
            context.Response.Headers.Location = location;
        }
        if (first.Body is { Length: > 0 } body)
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private async Task SubmitOnceAsync(HttpContext context, AliadoDbContext db, string owner, string token, string path)
    {
        var row = new IdempotentRequest { Owner = owner, Key = $"form:{token}", Path = path };
        if (!await ClaimAsync(db, row, context.RequestAborted))
        {
            var first = await WaitForFirstAsync(db, owner, row.Key, context.RequestAborted);
            context.Response.Redirect(first?.Location ?? path);
            return;
        }
        await next(context);
        var location = context.Response.Headers.Location.ToString();
        // Only a form that went through (and redirected) is remembered; one shown again with errors can be sent again.
        if (context.Response.StatusCode is >= 300 and < 400 && location.Length > 0)
        {
            await db.IdempotentRequests.Where(r => r.Id == row.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, context.Response.StatusCode).SetProperty(r => r.Location, location), CancellationToken.None);
        }
        else
        {
            await db.IdempotentRequests.Where(r => r.Id == row.Id).ExecuteDeleteAsync(CancellationToken.None);
        }
    }

    /// <summary>Inserts the key; false when another request already holds it (the unique index decides).</summary>
    private static async Task<bool> ClaimAsync(AliadoDbContext db, IdempotentRequest row, CancellationToken cancellationToken)
    {
        db.IdempotentRequests.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private static async Task<IdempotentRequest?> WaitForFirstAsync(AliadoDbContext db, string owner, string key, CancellationToken cancellationToken)
    {
        var until = DateTime.UtcNow + _waitForFirst;
        while (true)
        {
            var first = await db.IdempotentRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Owner == owner && r.Key == key, cancellationToken);
            if (first?.Status is not null || DateTime.UtcNow > until)
            {
                return first;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    private async Task ProblemAsync(HttpContext context, int status, string key)
    {
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = localizer[key] },
        });
    }
}
