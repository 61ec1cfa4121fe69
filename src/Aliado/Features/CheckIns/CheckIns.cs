using Aliado.Core;
using Aliado.Core.Running;
using Aliado.Data;
using Aliado.Data.Keeping;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.CheckIns;

/// <summary>A new check-in link; the address is shown only now (only its hash is kept).</summary>
public sealed record CheckInLinkDto(Guid Id, Uri Url, DateTime ExpiresAt);

/// <summary>A check-in as the user sees it later: when it was sent, until when it holds, and whether it was answered.</summary>
public sealed record CheckInDto(Guid Id, Guid RelationshipId, string Culture, DateTime CreatedAt, DateTime ExpiresAt, DateTime? AnsweredAt, Guid? PulseId);

public sealed record CheckInRequest(string? Culture = null);

/// <summary>What the client answers on the check-in page: the two pulse questions and an optional comment.</summary>
public sealed record CheckInAnswer(int? OnMySide, int? GettingWhatIBuy, string? Comment);

/// <summary>Where an anonymous check-in page stands.</summary>
public enum CheckInState
{
    Open,
    Answered,
    Expired,
}

/// <summary>An open link, as the anonymous page needs it: whose it is and in which language to ask.</summary>
public sealed record OpenCheckIn(CheckIn Link, string ProviderName, CheckInState State);

/// <summary>
/// The client's own voice (step 8): a private link asking the two pulse questions, answered once,
/// which becomes a pulse with the client as its source. Nothing else of the workspace is shown.
/// </summary>
public static class CheckIns
{
    public const int ValidDays = 14;

    public static async Task<Outcome<CheckInLinkDto>> CreateAsync(AliadoDbContext db, CurrentWorkspace workspace, TimeProvider clock, Guid relationshipId, CheckInRequest request, Uri baseAddress, CancellationToken cancellationToken)
    {
        if (!await db.Relationships.AnyAsync(r => r.Id == relationshipId, cancellationToken))
        {
            return Outcome.Missing<CheckInLinkDto>();
        }
        if (request.Culture is { } culture && !Localization.Cultures.Contains(culture))
        {
            return Outcome.Invalid<CheckInLinkDto>([new FieldError("culture", ErrorCodes.OneOf, string.Join(", ", Localization.Cultures))]);
        }
        var secret = TokenAuthentication.NewToken();
        var now = clock.GetUtcNow().UtcDateTime;
        var link = new CheckIn
        {
            WorkspaceId = workspace.Id,
            RelationshipId = relationshipId,
            Hash = TokenAuthentication.Hash(secret),
            Culture = Localization.Normalize(request.Culture ?? Localization.Current),
            CreatedByUserId = workspace.UserId!,
            CreatedAt = now,
            ExpiresAt = now.AddDays(ValidDays),
        };
        db.CheckIns.Add(link);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(new CheckInLinkDto(link.Id, new Uri(baseAddress, $"/check-in/{secret}"), link.ExpiresAt));
    }

    public static async Task<IReadOnlyList<CheckInDto>?> ListAsync(AliadoDbContext db, Guid relationshipId, CancellationToken cancellationToken)
    {
        if (!await db.Relationships.AnyAsync(r => r.Id == relationshipId, cancellationToken))
        {
            return null;
        }
        return await db.CheckIns.AsNoTracking().Where(c => c.RelationshipId == relationshipId).OrderByDescending(c => c.CreatedAt).Take(50)
            .Select(c => new CheckInDto(c.Id, c.RelationshipId, c.Culture, c.CreatedAt, c.ExpiresAt, c.AnsweredAt, c.PulseId))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Finds the link for a secret across workspaces and enters its workspace. Null when no link has it,
    /// or when whoever made it no longer belongs to the workspace: their links die with their access.
    /// </summary>
    public static async Task<OpenCheckIn?> FindAsync(AliadoDbContext db, WorkspaceScope scope, TimeProvider clock, string secret, CancellationToken cancellationToken)
    {
        if (secret.Length is 0 or > 200)
        {
            return null;
        }
        var hash = TokenAuthentication.Hash(secret);
        var link = await db.CheckIns.IgnoreQueryFilters([RecordModel.WorkspaceFilter]).FirstOrDefaultAsync(c => c.Hash == hash, cancellationToken);
        if (link is null || !await db.Memberships.AnyAsync(m => m.WorkspaceId == link.WorkspaceId && m.UserId == link.CreatedByUserId, cancellationToken))
        {
            return null;
        }
        scope.Enter(link.WorkspaceId);
        var provider = await db.Relationships.Where(r => r.Id == link.RelationshipId).Select(r => r.Provider!.Name).FirstOrDefaultAsync(cancellationToken);
        if (provider is null)
        {
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var state = link.AnsweredAt is not null ? CheckInState.Answered : link.IsOpenAt(now) ? CheckInState.Open : CheckInState.Expired;
        return new OpenCheckIn(link, provider, state);
    }

    /// <summary>Records the client's answer as a pulse of theirs, once; a second answer changes nothing.</summary>
    public static async Task<Outcome<CheckInState>> AnswerAsync(AliadoDbContext db, TimeProvider clock, OpenCheckIn open, CheckInAnswer answer, CancellationToken cancellationToken)
    {
        if (open.State != CheckInState.Open)
        {
            return Outcome.Done(open.State);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var draft = new PulseDraft(now, answer.OnMySide, answer.GettingWhatIBuy, answer.Comment);
        var errors = draft.Validate(now);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<CheckInState>([.. errors.Select(e => e with { Field = e.Field switch { "onTheirSide" => "onMySide", "gettingWhatTheyBuy" => "gettingWhatIBuy", "evidence" => "comment", _ => e.Field } })]);
        }
        var pulse = Pulse.Create(open.Link.WorkspaceId, open.Link.RelationshipId, draft, now, PulseSource.Client);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Pulses.Add(pulse);
        await db.SaveChangesAsync(cancellationToken);
        // The claim is one conditional update, so two answers sent at once cannot both count.
        var claimed = await db.CheckIns.Where(c => c.Id == open.Link.Id && c.AnsweredAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.AnsweredAt, now).SetProperty(c => c.PulseId, pulse.Id), cancellationToken);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return Outcome.Done(CheckInState.Answered);
        }
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Done(CheckInState.Answered);
    }
}
