import type { RouterInputs } from '@derma/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SESSION_KEY } from '../../../lib/auth/use-session';
import { api } from '../../../lib/trpc/trpc-client';

type Auth = RouterInputs['auth'];

/** Account mutations; those that change who is signed in refresh the session and cached data. */
export function useAccountMutations() {
  const queryClient = useQueryClient();
  const refreshSession = async (): Promise<void> => {
    queryClient.removeQueries({ queryKey: ['diagnosis'] });
    queryClient.removeQueries({ queryKey: ['insights'] });
    queryClient.removeQueries({ queryKey: ['review'] });
    await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
  };
  return {
    signup: useMutation({ mutationFn: (input: Auth['signup']) => api.auth.signup.mutate(input), onSuccess: refreshSession }),
    login: useMutation({ mutationFn: (input: Auth['login']) => api.auth.login.mutate(input), onSuccess: refreshSession }),
    logout: useMutation({ mutationFn: () => api.auth.logout.mutate(), onSettled: refreshSession }),
    rename: useMutation({ mutationFn: (input: Auth['updateProfile']) => api.auth.updateProfile.mutate(input), onSuccess: refreshSession }),
    changePassword: useMutation({ mutationFn: (input: Auth['changePassword']) => api.auth.changePassword.mutate(input) }),
    deleteAccount: useMutation({ mutationFn: (input: Auth['deleteAccount']) => api.auth.deleteAccount.mutate(input), onSuccess: refreshSession }),
    requestReset: useMutation({ mutationFn: (input: Auth['requestPasswordReset']) => api.auth.requestPasswordReset.mutate(input) }),
    resetPassword: useMutation({ mutationFn: (input: Auth['resetPassword']) => api.auth.resetPassword.mutate(input) }),
  };
}
