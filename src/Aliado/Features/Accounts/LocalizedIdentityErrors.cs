using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Accounts;

/// <summary>Identity's messages in the user's language, for the ones a person can actually run into.</summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> localizer) : IdentityErrorDescriber
{
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "identity.duplicate-email", email);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "identity.duplicate-email", userName);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "identity.invalid-email", email ?? string.Empty);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "identity.invalid-email", userName ?? string.Empty);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), "identity.password-too-short", length);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "identity.password-mismatch");

    public override IdentityError DefaultError() => Error(nameof(DefaultError), "identity.default");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "identity.default");

    private IdentityError Error(string code, string key, params object[] arguments) =>
        new() { Code = code, Description = localizer[key, arguments] };
}
