namespace Aliado.Features.Interactions;

/// <summary>One conversation as lists show it, with the names of the interests it reinforced.</summary>
public sealed record ConversationItem(InteractionDto Conversation, bool CanEdit, Func<Guid, string> InterestName);
