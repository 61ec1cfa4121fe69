namespace Aliado.Features.People;

/// <summary>The trait ticks, date and notes of an assessment; traits retired since stay offered where they were already ticked.</summary>
public sealed record AssessmentChoices(Typology.TypologyView Typology, IReadOnlySet<Guid> AlreadyTicked);
