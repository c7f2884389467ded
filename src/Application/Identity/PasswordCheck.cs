namespace DoubleRandom.Application.Identity;

public enum PasswordCheck
{
    Failed,
    Success,
    SuccessRehashNeeded,
}
