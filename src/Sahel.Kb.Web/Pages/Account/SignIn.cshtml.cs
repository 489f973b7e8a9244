using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sahel.Kb.Web.Admin;

namespace Sahel.Kb.Web.Pages.Account;

/// <summary>
/// Admins sign in here; five wrong passwords lock the account for five minutes. An unknown
/// name, a wrong password and a locked account get the same answer in about the same time (a
/// password is hashed in each case), so the form tells nobody which names exist; the operator
/// learns of lockouts from the log.
/// </summary>
public sealed class SignInModel(SignInManager<IdentityUser> signIn, ILogger<SignInModel> logger) : PageModel
{
    public const string Refusal = "Wrong user name or password, or too many attempts. Try again in a few minutes if you are sure of them.";

    [BindProperty]
    [Required(ErrorMessage = "Enter your user name.")]
    [Display(Name = "User name")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Checked before the password, so a bad address never costs a signed-in session.
        var target = ReturnUrls.Safe(ReturnUrl, "/admin");
        var users = signIn.UserManager;
        var name = UserName.Trim();
        var user = await users.FindByNameAsync(name);
        if (user is null)
        {
            DecoyHash.Verify(users, Password);
            return Refuse();
        }

        if (await users.IsLockedOutAsync(user))
        {
            DecoyHash.Verify(users, Password);
            logger.LogWarning("Sign-in refused: admin {UserName} is locked out until {LockoutEnd}", user.UserName, user.LockoutEnd);
            return Refuse();
        }

        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(target);
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Admin {UserName} is locked out after {Attempts} wrong passwords", user.UserName, users.Options.Lockout.MaxFailedAccessAttempts);
        }

        return Refuse();
    }

    private PageResult Refuse()
    {
        ModelState.AddModelError("", Refusal);
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }
}
