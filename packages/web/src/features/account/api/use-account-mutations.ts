import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SESSION_KEY } from '../../../lib/auth/use-session';
import { trpc } from '../../../lib/trpc/trpc';
import { DIAGNOSIS_KEY } from '../../../lib/trpc/invalidate-diagnoses';

/** Account mutations; those that change who is signed in refresh the session and cached data. */
export function useAccountMutations() {
  const queryClient = useQueryClient();
  const refreshSession = async (): Promise<void> => {
    queryClient.removeQueries({ queryKey: DIAGNOSIS_KEY });
    queryClient.removeQueries({ queryKey: trpc.insights.pathKey() });
    queryClient.removeQueries({ queryKey: trpc.review.pathKey() });
    await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
  };
  const { auth } = trpc;
  return {
    signup: useMutation(auth.signup.mutationOptions({ onSuccess: refreshSession })),
    login: useMutation(auth.login.mutationOptions({ onSuccess: refreshSession })),
    logout: useMutation(auth.logout.mutationOptions({ onSettled: refreshSession })),
    rename: useMutation(auth.updateProfile.mutationOptions({ onSuccess: refreshSession })),
    changePassword: useMutation(auth.changePassword.mutationOptions()),
    deleteAccount: useMutation(auth.deleteAccount.mutationOptions({ onSuccess: refreshSession })),
    requestReset: useMutation(auth.requestPasswordReset.mutationOptions()),
    resetPassword: useMutation(auth.resetPassword.mutationOptions()),
  };
}
