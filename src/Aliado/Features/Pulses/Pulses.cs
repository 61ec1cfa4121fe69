using Aliado.Core.Running;
using Aliado.Data;
using Aliado.Data.Keeping;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Pulses;

public sealed record PulseDto(
    Guid Id,
    Guid RelationshipId,
    DateTime TakenAt,
    PulseSource Source,
    int OnTheirSide,
    int GettingWhatTheyBuy,
    string? Evidence,
    int? Credibility,
    int? Reliability,
    int? Intimacy,
    int? SelfOrientation,
    double? Trust)
{
    public static PulseDto From(Pulse p) =>
        new(p.Id, p.RelationshipId, p.TakenAt, p.Source, p.OnTheirSide, p.GettingWhatTheyBuy, p.Evidence, p.Credibility, p.Reliability, p.Intimacy, p.SelfOrientation, p.Trust?.Trust);
}

/// <summary>Step 8's pulses: how the client feels about being served, taken over time.</summary>
public static class Pulses
{
    public static async Task<PagedList<PulseDto>?> ListAsync(AliadoDbContext db, Guid relationshipId, PageRequest page, CancellationToken cancellationToken)
    {
        if (!await db.Relationships.AnyAsync(r => r.Id == relationshipId, cancellationToken))
        {
            return null;
        }
        var query = db.Pulses.AsNoTracking().Where(p => p.RelationshipId == relationshipId);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(p => p.TakenAt).ThenBy(p => p.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return new PagedList<PulseDto>([.. items.Select(PulseDto.From)], page.Page, page.PageSize, total);
    }

    public static async Task<Outcome<PulseDto>> TakeAsync(AliadoDbContext db, CurrentWorkspace workspace, TimeProvider clock, Guid relationshipId, PulseDraft draft, CancellationToken cancellationToken)
    {
        if (!await db.Relationships.AnyAsync(r => r.Id == relationshipId, cancellationToken))
        {
            return Outcome.Missing<PulseDto>();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = draft.Validate(now);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<PulseDto>(errors);
        }
        var pulse = Pulse.Create(workspace.Id, relationshipId, draft, now);
        db.Pulses.Add(pulse);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(PulseDto.From(pulse));
    }

    public const string ClientVoiceReadOnly = "pulse.client-voice-read-only";

    /// <summary>Corrects one of my pulses; what the client answered through a check-in is theirs and stays as they said it.</summary>
    public static async Task<Outcome<PulseDto>> UpdateAsync(AliadoDbContext db, TimeProvider clock, Guid id, PulseDraft draft, CancellationToken cancellationToken)
    {
        var pulse = await db.Pulses.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pulse is null)
        {
            return Outcome.Missing<PulseDto>();
        }
        if (!pulse.CanBeEdited)
        {
            return Outcome.Refused<PulseDto>(ClientVoiceReadOnly);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        draft = draft with { TakenAt = draft.TakenAt ?? pulse.TakenAt };
        if (draft.Validate(now) is { Count: > 0 } errors)
        {
            return Outcome.Invalid<PulseDto>(errors);
        }
        pulse.Apply(draft, now);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(PulseDto.From(pulse));
    }

    public static async Task<bool> RemoveAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var pulse = await db.Pulses.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pulse is null)
        {
            return false;
        }
        await using var transaction = await UnitOfWork.BeginAsync(db, cancellationToken);
        await TrashBin.MoveAsync(db, pulse, pulse.TakenAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
