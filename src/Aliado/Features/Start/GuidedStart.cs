using Aliado.Core;
using Aliado.Core.People;
using Aliado.Core.Relationships;
using Aliado.Data;
using Aliado.Data.Keeping;
using Aliado.Features.People;
using Aliado.Features.Relationships;
using Aliado.Platform;

namespace Aliado.Features.Start;

/// <summary>The three answers of a first relationship: who the client is, what they want most, what I want.</summary>
public sealed class StartForm
{
    public string? ClientName { get; set; }

    public string? Position { get; set; }

    public RelationshipKind? Kind { get; set; } = RelationshipKind.Internal;

    public string? TheyWant { get; set; }

    public string? IWant { get; set; }
}

/// <summary>
/// A new workspace's first steps in one go: the client, the relationship, what the client wants most and
/// what I want, in one transaction, so the user reaches a first verdict without knowing the method yet.
/// Nothing is written unless all of it is valid.
/// </summary>
public static class GuidedStart
{
    /// <summary>Every answer's errors at once, named after the form's fields.</summary>
    public static IReadOnlyList<FieldError> Validate(StartForm form)
    {
        var (person, theirs, mine) = Drafts(form);
        var errors = new List<FieldError>();
        errors.AddRange(person.Validate().Select(e => e with { Field = e.Field == "name" ? "clientName" : e.Field }));
        errors.AddRange(new Check().Required("theyWant", form.TheyWant).Errors.Concat(theirs.Validate().Select(e => e with { Field = "theyWant" })));
        errors.AddRange(new Check().Required("iWant", form.IWant).Errors.Concat(mine.Validate().Select(e => e with { Field = "iWant" })));
        return [.. errors.DistinctBy(e => (e.Field, e.Code))];
    }

    private static (PersonDraft Person, InterestDraft Theirs, InterestDraft Mine) Drafts(StartForm form) => (
        new PersonDraft(form.ClientName, Position: form.Position),
        new InterestDraft(InterestHolder.Client, form.TheyWant, Importance: 5),
        new InterestDraft(InterestHolder.Provider, form.IWant, Importance: 4));

    public static async Task<Outcome<RelationshipDto>> RunAsync(AliadoDbContext db, TimeProvider clock, CurrentWorkspace workspace, StartForm form, CancellationToken cancellationToken)
    {
        if (Validate(form) is { Count: > 0 } errors)
        {
            return Outcome.Invalid<RelationshipDto>(errors);
        }
        var (person, theirs, mine) = Drafts(form);

        await using var transaction = await UnitOfWork.BeginAsync(db, cancellationToken);
        if (await SavePerson.CreateAsync(db, workspace, person, cancellationToken) is not Outcome<PersonDto>.Done client
            || await Relationships.Relationships.CreateAsync(db, clock, workspace, new RelationshipDraft(client.Value.Id, Kind: form.Kind), cancellationToken) is not Outcome<RelationshipDto>.Done relationship
            || await CaseEntries.AddInterestAsync(db, workspace, relationship.Value.Id, theirs, cancellationToken) is not Outcome<InterestDto>.Done
            || await CaseEntries.AddInterestAsync(db, workspace, relationship.Value.Id, mine, cancellationToken) is not Outcome<InterestDto>.Done)
        {
            throw new InvalidOperationException("A checked first relationship was refused on the way in.");
        }
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Done((await Relationships.Relationships.ByIdAsync(db, clock, relationship.Value.Id, cancellationToken))!);
    }
}
