using HackathonPlatform.Core.Entities;
using Microsoft.AspNetCore.Identity;

namespace HackathonPlatform.Web.Security;

/// <summary>Identity's mails (confirmation, password reset) delivered to the <see cref="DevelopmentMailbox"/>.</summary>
internal sealed class LogEmailSender(DevelopmentMailbox mailbox) : IEmailSender<PlatformUser>
{
    public Task SendConfirmationLinkAsync(PlatformUser user, string email, string confirmationLink)
    {
        mailbox.Send(email, "Confirm your account", $"Confirm your account: {confirmationLink}");
        return Task.CompletedTask;
    }

    public Task SendPasswordResetLinkAsync(PlatformUser user, string email, string resetLink)
    {
        mailbox.Send(email, "Reset your password", $"Reset your password: {resetLink}");
        return Task.CompletedTask;
    }

    public Task SendPasswordResetCodeAsync(PlatformUser user, string email, string resetCode)
    {
        mailbox.Send(email, "Your password reset code", $"Your password reset code: {resetCode}");
        return Task.CompletedTask;
    }
}
