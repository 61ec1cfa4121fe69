using Aliado.Core;
using Aliado.Data;
using Aliado.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Accounts;

public sealed class SignUpModel(AccountOpening accounts, SignInManager<AliadoUser> signIn, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public SignUpForm Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.AddFieldErrors(Input.Validate(), localizer);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var (user, errors) = await accounts.OpenAsync(
            new NewAccount(Input.Email!, Input.Password!, Input.DisplayName ?? string.Empty, Platform.Localization.Current),
            cancellationToken: cancellationToken);
        if (user is null)
        {
            foreach (var error in errors)
            {
                var field = error.Code.Contains("Password", StringComparison.Ordinal) ? "Input.Password"
                    : error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) ? "Input.Email"
                    : string.Empty;
                ModelState.AddModelError(field, error.Description);
            }
            return Page();
        }
        await signIn.SignInAsync(user, isPersistent: false);
        TempData["Flash"] = localizer["signup.welcome", user.DisplayName].Value;
        return LocalRedirect("/");
    }
}

public sealed class SignUpForm
{
    public string? DisplayName { get; set; }

    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }

    public IReadOnlyList<FieldError> Validate()
    {
        var check = new Check()
            .MaxLength("displayName", DisplayName, Limits.Name)
            .Required("email", Email)
            .MaxLength("email", Email, Limits.Email)
            .Email("email", Email)
            .Required("password", Password)
            .MaxLength("password", Password, AccountOpening.MaxPasswordLength);
        if (!string.IsNullOrEmpty(Password) && Password != ConfirmPassword)
        {
            check.Add(new FieldError("confirmPassword", "password-confirmation"));
        }
        return check.Errors;
    }
}
