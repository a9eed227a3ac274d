package org.orderdesk.web.platform;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts the {@link ExpiredFormHandler} in front of the Faces implementation's exception handler. */
public class ExpiredFormHandlerFactory extends ExceptionHandlerFactory {

    public ExpiredFormHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExpiredFormHandler(getWrapped().getExceptionHandler());
    }
}
