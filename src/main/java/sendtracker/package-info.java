/** Start-up: the jar's {@code Launcher} runs a command or opens the window, which {@code App} puts together. */
package sendtracker;
