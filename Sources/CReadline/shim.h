#ifndef STUDYPLAN_CREADLINE_SHIM_H
#define STUDYPLAN_CREADLINE_SHIM_H

/* readline.h uses FILE without including stdio.h itself. */
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

/* Swift 6 rejects direct use of C globals such as stdout; these accessors are the way out. */
static inline void studyplan_flush_stdout(void) { fflush(stdout); }
static inline void studyplan_flush_stderr(void) { fflush(stderr); }

#endif
