using Aliado.Core.Typology;
using Aliado.Data;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Lessons;

/// <summary>Corrects or deletes one lesson.</summary>
[EditorsOnlyPage]
public sealed class EditModel(AliadoDbContext database, WorkspaceScope scope, TimeProvider clock, UserTime time, IStringLocalizer<SharedResource> localizer)
    : RecordEditPage(database, scope)
{
    [BindProperty]
    public LessonForm Lesson { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Title)> Relationships { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await Lessons.ByIdAsync(Db, id, cancellationToken) is not { } lesson)
        {
            return NotFound();
        }
        Lesson = new LessonForm
        {
            Role = lesson.Role,
            RelationshipId = lesson.RelationshipId,
            WhatHappened = lesson.WhatHappened,
            WhatWeLearned = lesson.WhatWeLearned,
            Action = lesson.Action,
            LearnedAt = time.Local(lesson.LearnedAt),
        };
        await LoadVersionAsync<Lesson>(id, cancellationToken);
        Relationships = await LessonChoices.RelationshipsAsync(Db, localizer, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            if (await this.ShowAsync(await SaveAsync(id, () => Lessons.UpdateAsync(Db, clock, id, Lesson.ToDraft(time), cancellationToken), cancellationToken), localizer, nameof(Lesson), _ => this.Flash(localizer["lessons.saved"].Value, "/lessons")) is { } shown)
            {
                return shown;
            }
        }
        Relationships = await LessonChoices.RelationshipsAsync(Db, localizer, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Lessons.RemoveAsync(Db, id, cancellationToken))
        {
            return NotFound();
        }
        TempData["Flash"] = localizer["lessons.removed"].Value;
        return Redirect("/lessons");
    }
}
