using Aliado.Core;
using Aliado.Core.Typology;
using Aliado.Data;
using Aliado.Data.Keeping;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Lessons;

public sealed record LessonDto(Guid Id, LessonRole Role, Guid? RelationshipId, string? RelationshipClientName, string WhatHappened, string WhatWeLearned, string? Action, DateTime LearnedAt);

/// <summary>Improvement opportunities learned from mistakes, across the workspace, so learning is not lost.</summary>
public static class Lessons
{
    public static async Task<PagedList<LessonDto>> FindAsync(AliadoDbContext db, string? search, LessonRole? role, Guid? relationshipId, PageRequest page, CancellationToken cancellationToken)
    {
        var query = db.Lessons.AsNoTracking();
        var term = TextSearch.Normalize(search);
        if (term.Length > 0)
        {
            query = query.Where(l => l.SearchText.Contains(term));
        }
        if (role is { } wanted)
        {
            query = query.Where(l => l.Role == wanted);
        }
        if (relationshipId is { } id)
        {
            query = query.Where(l => l.RelationshipId == id);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await Project(db, query.OrderByDescending(l => l.LearnedAt).ThenByDescending(l => l.Id).Skip(page.Skip).Take(page.PageSize)).ToListAsync(cancellationToken);
        return new PagedList<LessonDto>(items, page.Page, page.PageSize, total);
    }

    public static Task<LessonDto?> ByIdAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken) =>
        Project(db, db.Lessons.AsNoTracking().Where(l => l.Id == id)).FirstOrDefaultAsync(cancellationToken);

    public static async Task<Outcome<LessonDto>> RecordAsync(AliadoDbContext db, CurrentWorkspace workspace, TimeProvider clock, LessonDraft draft, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = await CheckAsync(db, draft, now, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<LessonDto>(errors);
        }
        var lesson = Lesson.Create(workspace.Id, draft, now);
        db.Lessons.Add(lesson);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done((await ByIdAsync(db, lesson.Id, cancellationToken))!);
    }

    public static async Task<Outcome<LessonDto>> UpdateAsync(AliadoDbContext db, TimeProvider clock, Guid id, LessonDraft draft, CancellationToken cancellationToken)
    {
        var lesson = await db.Lessons.FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (lesson is null)
        {
            return Outcome.Missing<LessonDto>();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        draft = draft with { LearnedAt = draft.LearnedAt ?? lesson.LearnedAt };
        var errors = await CheckAsync(db, draft, now, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<LessonDto>(errors);
        }
        lesson.Apply(draft, now);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done((await ByIdAsync(db, id, cancellationToken))!);
    }

    public static async Task<bool> RemoveAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var lesson = await db.Lessons.FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (lesson is null)
        {
            return false;
        }
        await TrashBin.MoveAsync(db, lesson, lesson.WhatWeLearned, cancellationToken);
        return true;
    }

    private static async Task<List<FieldError>> CheckAsync(AliadoDbContext db, LessonDraft draft, DateTime now, CancellationToken cancellationToken)
    {
        var errors = draft.Validate(now).ToList();
        if (draft.RelationshipId is { } relationshipId && !await db.Relationships.AnyAsync(r => r.Id == relationshipId, cancellationToken))
        {
            errors.Add(new FieldError("relationshipId", ErrorCodes.NotFound));
        }
        return errors;
    }

    private static IQueryable<LessonDto> Project(AliadoDbContext db, IQueryable<Lesson> lessons) =>
        lessons.Select(l => new LessonDto(
            l.Id, l.Role, l.RelationshipId,
            db.Relationships.Where(r => r.Id == l.RelationshipId).Select(r => r.Client!.Name).FirstOrDefault(),
            l.WhatHappened, l.WhatWeLearned, l.Action, l.LearnedAt));
}
