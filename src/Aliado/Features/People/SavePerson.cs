using Aliado.Core;
using Aliado.Core.People;
using Aliado.Data;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.People;

/// <summary>Creating and changing a person: check the draft, check the organization is ours, save.</summary>
public static class SavePerson
{
    public static async Task<Outcome<PersonDto>> CreateAsync(AliadoDbContext db, CurrentWorkspace workspace, PersonDraft draft, CancellationToken cancellationToken)
    {
        var errors = await ValidateAsync(db, draft, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<PersonDto>(errors);
        }
        var person = Person.Create(workspace.Id, draft);
        db.People.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done((await FindPeople.ByIdAsync(db, person.Id, cancellationToken))!);
    }

    public static async Task<Outcome<PersonDto>> UpdateAsync(AliadoDbContext db, Guid id, PersonDraft draft, CancellationToken cancellationToken)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return Outcome.Missing<PersonDto>();
        }
        var errors = await ValidateAsync(db, draft, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<PersonDto>(errors);
        }
        person.Apply(draft);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done((await FindPeople.ByIdAsync(db, person.Id, cancellationToken))!);
    }

    private static async Task<IReadOnlyList<FieldError>> ValidateAsync(AliadoDbContext db, PersonDraft draft, CancellationToken cancellationToken)
    {
        var errors = draft.Validate().ToList();
        if (draft.OrganizationId is { } organizationId && !await db.Organizations.AnyAsync(o => o.Id == organizationId, cancellationToken))
        {
            errors.Add(new FieldError("organizationId", ErrorCodes.NotFound));
        }
        return errors;
    }
}
