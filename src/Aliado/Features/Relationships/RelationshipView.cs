using Aliado.Features.Shared;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Relationships;

/// <summary>
/// What each step's section of the relationship page is given: the page's read model, whether the reader
/// may write, and the form that failed on the last post (kept across the redirect) with its input.
/// </summary>
public sealed class RelationshipView(RelationshipPage page, bool canEdit, KeptForm? kept)
{
    public RelationshipPage Page { get; } = page;

    public RelationshipDto Relationship => Page.Relationship;

    public bool CanEdit { get; } = canEdit;

    /// <summary>The form under <paramref name="prefix"/> as the user left it when it failed, else a new one.</summary>
    public T Form<T>(string prefix) where T : class, new() => kept?.Of<T>(prefix) ?? new T();

    /// <summary>Whether the last post was this form and it failed: it opens, with its error summary.</summary>
    public bool Failed(string prefix) => kept?.Prefix == prefix;

    /// <summary>Where I am the client, every step speaks to me as the client: its "-as-client" text when there is one.</summary>
    public LocalizedString Say(IStringLocalizer localizer, string key, params object[] arguments) =>
        SayTo(Relationship.ClientIsMe, localizer, key, arguments);

    /// <summary><see cref="Say"/> for a list outside the page (all pulses): its "-as-client" text when I am the client.</summary>
    public static LocalizedString SayTo(bool clientIsMe, IStringLocalizer localizer, string key, params object[] arguments) =>
        clientIsMe && localizer[$"{key}-as-client", arguments] is { ResourceNotFound: false } asClient ? asClient : localizer[key, arguments];
}
