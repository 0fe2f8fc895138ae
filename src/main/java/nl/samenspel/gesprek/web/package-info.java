/** Page and API of the service conversations and the question bank. */
@org.jspecify.annotations.NullMarked
package nl.samenspel.gesprek.web;
