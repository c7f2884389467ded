namespace DoubleRandom.Application.Identity.Confirmations.Commands.CreateConfirmation;

public sealed record ConfirmationDto(Guid Id, string Action, string Subject, Guid ConfirmedByUserId, string ConfirmedBy, DateTime ExpiresAtUtc);
